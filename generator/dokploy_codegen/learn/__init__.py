"""``learn``: derive response corrections from recorded traffic, Dokploy's database schema
and (``learn --source``) its TypeScript source."""
