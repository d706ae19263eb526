"""Hand-written subclasses of generated resources: ``client.<router>`` where a file is here.

``resources/<router>.py`` defines ``<Router>Resource`` and ``Async<Router>Resource``
(see ``dokploy._resource``); ``dokploy-codegen generate`` wires each into the registry.
Nothing here is imported until its router is first used.
"""
