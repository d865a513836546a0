"""The Programme page: running order, acts, rehearsals, run-sheets and act imports."""
