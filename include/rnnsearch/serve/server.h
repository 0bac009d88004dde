// `rnnsearch serve`: an HTTP/1.1 translation server (cpp-httplib) for one or more models.
//
// Each model has one decoding thread and a bounded queue. Requests from any number of
// connections wait in that queue; the thread takes what has arrived (up to serve.max_batch
// segments, waiting at most serve.max_wait_ms for more) and decodes it as one batch, so
// concurrent requests share the matrix products. A request that would overfill the queue gets
// 503 with Retry-After at once; one not answered within serve.timeout_s gets 504.
//
// Safety: the server binds where told (127.0.0.1 by default), checks an API key when given one
// (in constant time), bounds bodies, segments and characters, and never reads a path from a
// request. stop() drains: requests in flight finish, new ones get 503.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "rnnsearch/common/config.h"
#include "rnnsearch/decode/translator.h"

namespace rnnsearch::serve {

struct ServedModel {
  std::string name;  // how requests name it ("model"), e.g. the model directory's name
  std::unique_ptr<Translator> translator;
};

struct ServerOptions {
  ServeConfig limits;        // batching, queue, timeout and request limits
  std::string api_key;       // "" = no key needed
  std::string cors_origin;   // "" = no CORS headers
  int max_beam = 64;         // beam_size and n_best a request may ask for
};

class Server {
 public:
  Server(std::vector<ServedModel> models, ServerOptions options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds host:port (port 0 = any free port); returns the port, or throws UserError naming the
  // address (in use, not an address of this machine...).
  int bind(const std::string& host, int port);
  // Serves until stop(); call after bind(), from one thread.
  void run();
  // Drains and stops: new requests get 503, requests in flight are answered (each within its
  // timeout), then run() returns. Safe to call from any thread, more than once.
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace rnnsearch::serve
