"""The search box: any word of any record, results grouped by event, opened where they match."""
