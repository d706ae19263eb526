"""``diff``: what changed between two Dokploy specs, and which changes break callers."""
