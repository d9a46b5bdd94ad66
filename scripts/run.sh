#!/usr/bin/env bash
# Install what the dashboard needs into .venv and start it on the embedded article.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -r requirements.txt
exec .venv/bin/python -m streamlit run dashboard.py "$@"
