#!/usr/bin/env bash
# Refreshes the vendored bpmn-js viewer (from the npm registry) that web/src/main/webapp serves at
# resources/js/bpmn-navigated-viewer.production.min.js, so that the build needs no Node and the
# pages load no script from a CDN. Usage: web/frontend/update-bpmn-js.sh [version]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
webapp="$here/../src/main/webapp/resources"
version=${1:-$(npm view bpmn-js version)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack "bpmn-js@$version" --silent >/dev/null && tar xzf bpmn-js-*.tgz)
cp "$work/package/dist/bpmn-navigated-viewer.production.min.js" "$webapp/js/"
cp "$work/package/LICENSE" "$webapp/js/bpmn-js.LICENSE.txt"
cp "$work/package/dist/assets/diagram-js.css" "$work/package/dist/assets/bpmn-js.css" "$webapp/css/bpmn-js/"
echo "$version" > "$here/bpmn-js.version"
echo "bpmn-js $version vendored"
