#!/usr/bin/env bash
# Installs a built dnn-conformance with its resource bundle (the Fixtures and the Python runner), so
# that the installed binary needs nothing of the checkout:
#   PREFIX/lib/dnn-conformance/dnn-conformance
#   PREFIX/lib/dnn-conformance/DNNConformance_Conformance.resources/{Fixtures,PythonRunner}
#   PREFIX/bin/dnn-conformance -> ../lib/dnn-conformance/dnn-conformance
# The binary finds the bundle beside its own resolved path, so the link in bin/ is enough on PATH.
# Files are installed read-only for everyone but the owner (root when run as root).
# Usage: scripts/install.sh BIN PREFIX
set -euo pipefail
if [ $# -ne 2 ]; then echo "usage: $0 BIN PREFIX" >&2; exit 2; fi
BIN=$1
PREFIX=$2
BUNDLE_NAME=DNNConformance_Conformance.resources
BUNDLE="$(dirname "$BIN")/$BUNDLE_NAME"
if [ ! -x "$BIN" ]; then echo "install: $BIN is not built (make build)" >&2; exit 2; fi
if [ ! -f "$BUNDLE/Fixtures/published/blog.json" ] || [ ! -f "$BUNDLE/PythonRunner/runner.py" ]; then
  echo "install: $BUNDLE lacks Fixtures/ or PythonRunner/ (rebuild with make build)" >&2
  exit 2
fi
LIB="$PREFIX/lib/dnn-conformance"
install -d -m 755 "$PREFIX/bin" "$LIB"
# The new bundle is assembled beside the old one and swapped in, without Python's byte-code caches.
rm -rf "$LIB/$BUNDLE_NAME.new" "$LIB/$BUNDLE_NAME.old"
cp -R "$BUNDLE" "$LIB/$BUNDLE_NAME.new"
find "$LIB/$BUNDLE_NAME.new" -name __pycache__ -prune -exec rm -rf {} +
chmod -R u=rwX,go=rX "$LIB/$BUNDLE_NAME.new"
if [ -e "$LIB/$BUNDLE_NAME" ]; then mv "$LIB/$BUNDLE_NAME" "$LIB/$BUNDLE_NAME.old"; fi
mv "$LIB/$BUNDLE_NAME.new" "$LIB/$BUNDLE_NAME"
rm -rf "$LIB/$BUNDLE_NAME.old"
install -m 755 "$BIN" "$LIB/dnn-conformance"
ln -sfn ../lib/dnn-conformance/dnn-conformance "$PREFIX/bin/dnn-conformance"
echo "installed $PREFIX/bin/dnn-conformance (with $LIB/$BUNDLE_NAME)"
