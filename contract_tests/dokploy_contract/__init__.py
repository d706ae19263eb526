"""pytest kit that proves the Dokploy client against recorded or live traffic."""
