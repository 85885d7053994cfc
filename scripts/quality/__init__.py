"""Quality tooling shared by the benchmark (scripts/bench.py) and the gates in tests/.

Nothing here is imported by the site build; it measures and checks what the build made.
"""
