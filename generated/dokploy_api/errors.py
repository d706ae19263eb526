"""Errors are mapped and raised by the engine (``dokploy._exceptions``): generated, do not edit."""
