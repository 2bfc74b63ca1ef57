"""Sync with CardDAV/CalDAV servers: the protocol layer, without the database or Qt.

``http`` holds the safety rules (trusted origins, TLS and fingerprints, loopback-only plain
http, timeouts, size limits, redirects, auth); ``davxml`` the XML, parsed without entities;
``dav`` the collection operations (listing, sync-collection, multiget, conditional PUT and
DELETE); ``discovery`` finds and creates address books and calendars; ``credentials`` keeps the
password in the system keyring or gets it from a command. ``errors`` says what went wrong in a
way the engine can act on (offline, token expired, changed meanwhile).
"""
