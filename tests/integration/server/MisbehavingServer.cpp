#include "MisbehavingServer.h"

QString MisbehavingServer::start()
{
    setResponder([](const Request &request) {
        const QByteArray body =
            request.method == "GET" && request.path == "/api/v2/runtimes"
                ? QByteArray(R"([{"language":"python","version":"3.11.2","aliases":["py"]},)"
                             R"({"language":"c","version":"12.2.0","aliases":["gcc"]}])")
                : QByteArray(R"({"language":"python","version":"3.11.2","run":{"stdout":)"
                             R"("wrong\n","stderr":"","output":"wrong\n","code":0,)"
                             R"("signal":null}})");
        return response(200, "OK", body, {{"Content-Type", "application/json"}});
    });
    if (!listen())
        return {};
    return url().toString();
}
