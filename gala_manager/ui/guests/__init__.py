"""The Guests page: the guest list, the seating plan and the invitation texts."""
