"""The programme: acts, running order, computed times, rehearsals, checks, act import."""
