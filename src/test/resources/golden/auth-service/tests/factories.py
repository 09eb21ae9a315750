"""Rows made through the API, for the tests that need one."""

# no endpoint of this API creates a row with an id
