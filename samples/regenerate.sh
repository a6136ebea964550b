#!/usr/bin/env bash
# Regenerate the shipped sample briefs; tests/test_golden.py checks they are current.
set -euo pipefail
cd "$(dirname "$0")/.."
python -m brief summarize samples/anthropic-pentagon.txt --format markdown --output samples/anthropic-pentagon.md
python -m brief summarize samples/anthropic-pentagon.txt --format json --output samples/anthropic-pentagon.json
