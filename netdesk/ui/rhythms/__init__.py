"""Keep-in-touch rhythms in the window: who is due (Tools > Who have I neglected?) and the rules
(Preferences > Keep-in-touch rhythms...)."""
