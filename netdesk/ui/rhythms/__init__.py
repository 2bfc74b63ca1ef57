"""Keep-in-touch rhythms in the window."""
