#!/bin/sh
# Rebuilds assets/fonts/coexist-cjk-subset.ttf from WenQuanYi Micro Hei (dev machines only; the build never runs
# this). Needs: apt-get install -y fonts-wqy-microhei python3-fonttools. Run from the repository root after
# changing a _zh_CN bundle; BundledFontTest fails until the subset covers every Han character they use.
set -eu
text=app/target/cjk-subset-text.txt
mkdir -p app/target
# Every character of the translated bundles and of the seeds (handouts quote seed 003 in Chinese).
cat $(find app/src/main/resources -name '*.properties') ../shared/seeds/*.txt > "$text"
/usr/bin/python3 -m fontTools.subset /usr/share/fonts/truetype/wqy/wqy-microhei.ttc --font-number=0 \
  --text-file="$text" \
  --unicodes=U+0020-007E,U+00A0-00FF,U+0100-017F,U+2000-206F,U+3000-303F,U+FF00-FFEF \
  --layout-features='' --no-hinting --drop-tables+=FFTM,GDEF,GPOS,GSUB,vhea,vmtx --name-IDs='*' \
  --output-file=assets/fonts/coexist-cjk-subset.ttf
