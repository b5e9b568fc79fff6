#include "OneShot.h"

#include "EventLoop.h"
#include "Job.h"
#include "RuntimeRegistry.h"

#include <cstdio>
#include <iostream>

int OneShot::run(const SandboxConfig &config, const RuntimeRegistry &runtimes,
                 const std::string &requestText)
{
    const auto body = nlohmann::json::parse(requestText, nullptr, false);
    if (body.is_discarded()) {
        fprintf(stderr, "runpad-sandbox: the request is not valid JSON\n");
        return 2;
    }
    std::string error;
    auto request = ExecuteRequest::parse(body, runtimes, &error);
    if (!request) {
        fprintf(stderr, "runpad-sandbox: %s\n", error.c_str());
        return 2;
    }
    EventLoop loop;
    // One job: no box is built ahead of it.
    SandboxConfig oneJob = config;
    oneJob.warmBoxes = 0;
    BoxUidPool uids(oneJob);
    BoxPool boxes(loop, oneJob, uids);
    int status = 1;
    Job::Callbacks callbacks;
    callbacks.onFinished = [&](const nlohmann::json &result) {
        std::cout << result.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << std::endl;
        status = 0;
        loop.quit();
    };
    callbacks.onError = [&](const std::string &message) {
        fprintf(stderr, "runpad-sandbox: %s\n", message.c_str());
        loop.quit();
    };
    Job job(loop, oneJob, boxes, std::move(*request), false, std::move(callbacks));
    job.start();
    loop.run();
    return status;
}
