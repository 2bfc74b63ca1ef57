"""File formats read without a database or a screen: saved web pages and what they carry."""
