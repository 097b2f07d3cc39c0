"""Tests of the default collection pack, `forms/core`."""
