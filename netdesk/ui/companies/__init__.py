"""The Companies page: employers, what you know there and who you know there (issue 15)."""
