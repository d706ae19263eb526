"""``upgrade``: pull a new spec, diff it against the lock, regenerate, and report what the
overrides and cassettes must follow."""
