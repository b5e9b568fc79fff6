#include "Job.h"

#include "CompileCache.h"
#include "EventLoop.h"
#include "RuntimeRegistry.h"

Job::Job(EventLoop &loop, const SandboxConfig &config, BoxPool &boxes, ExecuteRequest request,
         bool interactive, Callbacks callbacks)
    : m_loop(loop), m_config(config), m_boxes(boxes), m_request(std::move(request)),
      m_callbacks(std::move(callbacks)), m_stdin(m_request.stdinData), m_stdinEof(!interactive)
{
    if (!interactive)
        m_callbacks.onData = nullptr;
    const Runtime &runtime = *m_request.runtime;
    m_result = {{"language", runtime.language.language}, {"version", runtime.version.toString()}};
}

Job::~Job()
{
    *m_alive = false;
    releaseBox();
}

void Job::releaseBox()
{
    if (!m_box)
        return;
    if (m_stage)
        m_box->process = m_stage->releaseBox();
    m_boxes.retire(std::move(m_box));
}

void Job::start()
{
    std::string error;
    m_box = m_boxes.take(&error);
    if (!m_box) {
        fail(error);
        return;
    }
    const bool compiled = !m_request.runtime->language.compile.empty();
    if (compiled && m_config.compileCache) {
        m_cacheKey = cacheKey();
        if (auto entry = m_config.compileCache->load(m_cacheKey)) {
            if (entry->first.writeTo(m_box->dir->fd(), m_box->dir->owner())) {
                m_built = std::move(entry->first);
                m_result["compile"] = std::move(entry->second);
                m_result["compile"]["cached"] = true;
                replayCachedCompile();
                startStage("run");
                return;
            }
            m_box->dir->clear(); // the box is too small for it: compile afresh
        }
    }
    if (!writeSources(&error)) {
        fail(error);
        return;
    }
    startStage(compiled ? "compile" : "run");
}

bool Job::writeSources(std::string *error)
{
    for (const auto &file : m_request.files) {
        if (!m_box->dir->writeFile(file.name, file.content, error))
            return false;
    }
    return true;
}

// An interactive client sees a cached compile as it saw the compile that made it: its stage, its
// output and its exit, which says `cached`.
void Job::replayCachedCompile()
{
    const nlohmann::json &compile = m_result["compile"];
    if (m_callbacks.onStage)
        m_callbacks.onStage("compile");
    if (m_callbacks.onData) {
        for (const char *stream : {"stdout", "stderr"}) {
            const std::string text = compile.value(stream, std::string());
            if (!text.empty())
                m_callbacks.onData(stream, text);
        }
    }
    if (m_callbacks.onCachedExit) {
        nlohmann::json exit = compile;
        for (const char *field : {"stdout", "stderr", "output"})
            exit.erase(field);
        m_callbacks.onCachedExit("compile", exit);
    }
}

// Whatever changes what a compile makes: the toolchain, the command, its environment, the files.
std::string Job::cacheKey() const
{
    const Runtime &runtime = *m_request.runtime;
    const ProgramSpec spec = programSpec(runtime.language.compile, m_request.compile);
    std::vector<std::string> parts = {runtime.language.language, runtime.version.toString(), spec.executable,
                                      "argv"};
    parts.insert(parts.end(), spec.argv.begin(), spec.argv.end());
    parts.push_back("env");
    parts.insert(parts.end(), spec.env.begin(), spec.env.end());
    parts.push_back("files");
    for (const auto &file : m_request.files) {
        parts.push_back(file.name);
        parts.push_back(file.content);
    }
    return CompileCache::keyOf(parts);
}

ProgramSpec Job::programSpec(const std::vector<std::string> &command, const StageLimits &limits) const
{
    std::vector<std::string> argv;
    const std::string &executable = m_request.runtime->executable;
    const std::string &main = m_request.files[m_request.mainFile].name;
    for (std::string word : command) {
        if (word == "{sources}") {
            for (const auto &file : m_request.files)
                argv.push_back(file.name);
            continue;
        }
        replaceAll(word, "{exe_dir}", executable.substr(0, executable.rfind('/')));
        replaceAll(word, "{exe}", executable);
        replaceAll(word, "{main_stem}", main.substr(0, main.rfind('.')));
        replaceAll(word, "{main}", main);
        argv.push_back(word);
    }
    ProgramSpec spec = ProgramSpec::inBox(std::move(argv), limits);
    for (const auto &[name, value] : m_request.runtime->language.env)
        spec.env.push_back(name + "=" + value);
    return spec;
}

void Job::startStage(const std::string &name)
{
    const Language &language = m_request.runtime->language;
    ProgramSpec spec;
    if (name == "compile") {
        spec = programSpec(language.compile, m_request.compile);
    } else {
        spec = programSpec(language.run, m_request.run);
        spec.argv.insert(spec.argv.end(), m_request.args.begin(), m_request.args.end());
    }
    m_stageName = name;
    // The first stage takes the box's ready process tree; a later one gets a fresh one.
    std::string error;
    std::unique_ptr<BoxProcess> process =
        m_box->process ? std::move(m_box->process) : m_boxes.prepareFor(*m_box, &error);
    if (!process) {
        fail(error);
        return;
    }
    Stage::Callbacks callbacks;
    callbacks.onData = m_callbacks.onData;
    callbacks.onFinished = [this] { onStageFinished(); };
    m_stage = std::make_unique<Stage>(m_loop, m_config, std::move(process), std::move(spec),
                                      m_request.outputLimit, std::move(callbacks));
    if (!m_stage->start(&error)) {
        fail(error);
        return;
    }
    m_stage->setOutputPaused(m_paused);
    if (m_callbacks.onStage)
        m_callbacks.onStage(name);
    // The compile stage reads nothing; what the client sends waits for the run stage.
    if (name == "run" && !m_request.stdins.empty()) {
        m_stage->writeStdin(m_request.stdins[m_input]);
    } else if (name == "run") {
        m_stage->writeStdin(m_stdin);
        m_stdin.clear();
    }
    if (name == "compile" || m_stdinEof)
        m_stage->closeStdin();
}

void Job::onStageFinished()
{
    const StageResult result = m_stage->result();
    const bool manyRuns = !m_request.stdins.empty();
    if (m_stageName == "compile") {
        m_result["compile"] = result.toJson(true);
        m_result["compile"]["cached"] = false;
    } else if (manyRuns) {
        m_result["runs"].push_back(result.toJson(true));
    } else {
        m_result["run"] = result.toJson(true);
    }
    if (m_callbacks.onExit)
        m_callbacks.onExit(m_stageName, result);
    if (m_stageName == "compile" && result.succeeded()) {
        // What the compile made, for the cache and for the fresh box of each later input.
        if (m_config.compileCache || m_request.stdins.size() > 1)
            m_built = BoxSnapshot::take(m_box->dir->fd(), m_config.boxSizeBytes);
        if (m_built && m_config.compileCache)
            m_config.compileCache->store(m_cacheKey, *m_built, m_result["compile"]);
        nextRun(false);
        return;
    }
    if (m_stageName == "run" && manyRuns && ++m_input < m_request.stdins.size()) {
        nextRun(true);
        return;
    }
    // The result goes out first. The box (its cgroup, directory and uid) is retired with the
    // job, which the caller destroys before it reads the next request, and goes once its init
    // has exited; the pool is topped up in the meantime.
    m_callbacks.onFinished(m_result);
    m_boxes.refillSoon();
}

// The next run stage gets a process tree of its own, with a cgroup of the same name (the box
// uid's): it is made once the last stage's is gone. A later input also gets the box directory
// as the compile left it (or the sources alone), and nothing an earlier run wrote.
void Job::nextRun(bool freshDirectory)
{
    m_boxes.endAsync(m_stage->releaseBox(), [this, freshDirectory, alive = m_alive] {
        if (!*alive)
            return;
        std::string error = "the compiled program could not be kept for the next input";
        if (freshDirectory) {
            m_box->dir->clear();
            const bool compiled = !m_request.runtime->language.compile.empty();
            const bool ready = compiled ? m_built && m_built->writeTo(m_box->dir->fd(), m_box->dir->owner())
                                        : writeSources(&error);
            if (!ready) {
                fail(error);
                return;
            }
        }
        startStage("run");
    });
}

void Job::fail(const std::string &message)
{
    releaseBox();
    m_loop.post([onError = m_callbacks.onError, message] { onError(message); });
}

void Job::writeStdin(const std::string &data)
{
    if (m_stage && m_stageName == "run")
        m_stage->writeStdin(data);
    else if (!m_stdinEof)
        m_stdin += data;
}

void Job::closeStdin()
{
    m_stdinEof = true;
    if (m_stage && m_stageName == "run")
        m_stage->closeStdin();
}

void Job::sendSignal(int signal)
{
    if (m_stage)
        m_stage->sendSignal(signal);
}

void Job::setOutputPaused(bool paused)
{
    m_paused = paused;
    if (m_stage)
        m_stage->setOutputPaused(paused);
}
