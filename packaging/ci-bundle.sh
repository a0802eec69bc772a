#!/usr/bin/env bash
# CI step (called at the end of .ci/run): build the Linux one-folder bundle with the environment
# the tests already use, smoke-test it (--self-test offscreen and under Xvfb, --version,
# --bundle-check, lapor-hub --help) and print its size and start-up times. Non-zero exit when the
# build or any check fails. About 1.5-2 minutes on 2 cores (PyInstaller itself is most of it).
#   LAPOR_CI_TARBALL=1   also write dist/lapor-desktop-<version>-linux-<arch>.tar.gz
set -euo pipefail
cd "$(dirname "$0")/.."
START=$(date +%s)
ARGS=(--use-current-python)
[ "${LAPOR_CI_TARBALL:-0}" = 1 ] || ARGS+=(--no-tarball)
PYTHON="${PYTHON:-python3}" bash packaging/build.sh "${ARGS[@]}"
echo "ci-bundle: done in $(( $(date +%s) - START )) s"
