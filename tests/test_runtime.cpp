#include "rnnsearch/runtime.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <cstdlib>

#include "rnnsearch/error.h"

namespace rnnsearch {
namespace {

// Sets an environment variable for one scope.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const char* value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old, had_ = true;
    ::setenv(name, value, 1);
  }
  ~ScopedEnv() {
    if (had_) ::setenv(name_, old_.c_str(), 1);
    else ::unsetenv(name_);
  }

 private:
  const char* name_;
  std::string old_;
  bool had_ = false;
};

TEST(Runtime, ThreadsFromConfigThenEnvironment) {
  ScopedEnv env("RNNSEARCH_THREADS", "3");
  EXPECT_EQ(resolve_threads(5), 5);
  EXPECT_EQ(resolve_threads(0), 3);
  {
    ScopedEnv bad("RNNSEARCH_THREADS", "lots");
    EXPECT_THROW(resolve_threads(0), UserError);
  }
  const int before = torch::get_num_threads();
  EXPECT_EQ(configure_threads(2), 2);
  EXPECT_EQ(torch::get_num_threads(), 2);
  torch::set_num_threads(before);
}

TEST(Runtime, Devices) {
  EXPECT_EQ(resolve_device(DeviceType::cpu), torch::Device(torch::kCPU));
  if (torch::cuda::is_available()) {
    EXPECT_TRUE(resolve_device(DeviceType::automatic).is_cuda());
  } else {
    EXPECT_TRUE(resolve_device(DeviceType::automatic).is_cpu());
    EXPECT_THROW(resolve_device(DeviceType::cuda), ConfigError);
  }
}

}  // namespace
}  // namespace rnnsearch
