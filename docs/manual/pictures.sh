#!/bin/sh
# Takes every picture of the manual again, from the real jar on the demo office, after a change to the pages (#19).
# The browser test ManualIT walks each chapter's tasks as its role, in Thai and English, and writes the pictures
# here instead of target/manual-pictures; it also checks each page with axe-core. Review the pictures, then commit.
set -e
cd "$(dirname "$0")/../.."
./mvnw -B package -DskipTests
rm -rf target/it
./mvnw -B verify -Dit.test=ManualIT -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dnithet.manual.pictures="$PWD/docs/manual/images"
