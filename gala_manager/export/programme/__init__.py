"""Programme documents: run-sheets in every variant and the act submission form."""
