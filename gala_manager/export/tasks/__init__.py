"""Tasks documents: the task list, the due dates as iCalendar, and the review report."""
