// The test program's main: the allocator set up as the rnnsearch program sets it up
// (keep_freed_memory, first thing in src/cli/main.cpp), so that the trainings and translations the
// tests run in this process run as they do there; then GoogleTest.
#include <gtest/gtest.h>

#include "rnnsearch/common/runtime.h"

int main(int argc, char** argv) {
  rnnsearch::keep_freed_memory();
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
