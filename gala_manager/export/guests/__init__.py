"""PDF writers of the Guests area: invitations, place cards and the seating plan."""
