"""Keeping in touch on screen: Tools > Who have I neglected? (:mod:`.neglected`)."""
