"""Support code of the Streamlit dashboard: cached boundary, filters, figures and safe text."""
