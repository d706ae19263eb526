"""``generate``: normalize the spec, apply the corrections, run openapi-python-client and ruff,
write the lock, and swap the new tree in atomically (``check`` rebuilds with the same steps)."""
