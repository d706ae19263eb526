"""Generate the typed Dokploy client from a Dokploy OpenAPI spec."""
