#include "PeerPolicy.h"

#include <algorithm>
#include <cerrno>
#include <fstream>
#include <sys/socket.h>
#include <unistd.h>

// The group file itself, not the NSS databases: the helper is a static executable, which must
// not load glibc's NSS modules. A group known only to another database is given by number.
std::optional<gid_t> PeerPolicy::groupFromFile(const std::string &name, const std::string &path)
{
    std::ifstream file(path);
    std::string line;
    while (std::getline(file, line)) {
        // name:password:gid:members
        const size_t first = line.find(':');
        const size_t second = first == std::string::npos ? first : line.find(':', first + 1);
        if (second == std::string::npos || line.compare(0, first, name) != 0 || first != name.size())
            continue;
        const std::string gid = line.substr(second + 1, line.find(':', second + 1) - second - 1);
        if (!gid.empty() && gid.find_first_not_of("0123456789") == std::string::npos)
            return gid_t(std::stoul(gid));
    }
    return std::nullopt;
}

bool PeerPolicy::allowGroup(const std::string &group, std::string *error)
{
    const bool numeric = !group.empty() && group.size() < 10 &&
                         group.find_first_not_of("0123456789") == std::string::npos;
    const std::optional<gid_t> gid = numeric ? gid_t(std::stoul(group)) : groupFromFile(group);
    if (!gid) {
        *error = "--allow-group: there is no group '" + group +
                 "' in /etc/group (give a group of another database by its number)";
        return false;
    }
    m_gids.push_back(*gid);
    m_groupNames.push_back(group);
    return true;
}

bool PeerPolicy::allows(int socket, std::string *refusal) const
{
    ucred peer{};
    socklen_t length = sizeof peer;
    if (getsockopt(socket, SOL_SOCKET, SO_PEERCRED, &peer, &length) != 0) {
        *refusal = "permission denied: the sandbox cannot tell who is connecting";
        return false;
    }
    if (peer.uid == 0 || peer.uid == geteuid() ||
        std::find(m_uids.begin(), m_uids.end(), peer.uid) != m_uids.end() ||
        inAllowedGroup(socket, peer.gid))
        return true;
    *refusal = "permission denied: uid " + std::to_string(peer.uid) +
               " may not use this sandbox; it serves " + whoIsServed();
    return false;
}

// SO_PEERGROUPS is what the kernel recorded at connect(): the groups the process really had,
// the same ones the socket file's permissions were checked against. /proc/<pid>/status could
// belong to another process by the time it is read (the pid may have been reused), and the
// group database says what a login would get, not what this process has.
bool PeerPolicy::inAllowedGroup(int socket, gid_t gid) const
{
    if (m_gids.empty())
        return false;
    const auto allowed = [this](gid_t group) {
        return std::find(m_gids.begin(), m_gids.end(), group) != m_gids.end();
    };
    if (allowed(gid))
        return true;
    const auto groups = peerGroups(socket);
    return groups && std::any_of(groups->begin(), groups->end(), allowed);
}

std::optional<std::vector<gid_t>> PeerPolicy::peerGroups(int socket)
{
    std::vector<gid_t> groups(64);
    for (;;) {
        socklen_t length = socklen_t(groups.size() * sizeof(gid_t));
        if (getsockopt(socket, SOL_SOCKET, SO_PEERGROUPS, groups.data(), &length) == 0) {
            groups.resize(length / sizeof(gid_t));
            return groups;
        }
        if (errno != ERANGE || length <= groups.size() * sizeof(gid_t))
            return std::nullopt;
        groups.resize(length / sizeof(gid_t) + 1);
    }
}

std::optional<PeerPolicy::Peer> PeerPolicy::peerOf(int socket)
{
    ucred credentials{};
    socklen_t length = sizeof credentials;
    if (getsockopt(socket, SOL_SOCKET, SO_PEERCRED, &credentials, &length) != 0)
        return std::nullopt;
    auto groups = peerGroups(socket);
    if (!groups)
        return std::nullopt;
    return Peer{credentials.uid, credentials.gid, std::move(*groups)};
}

std::string PeerPolicy::whoIsServed() const
{
    std::vector<std::string> parts = {"root"};
    if (geteuid() != 0)
        parts.push_back("uid " + std::to_string(geteuid()));
    for (const uid_t uid : m_uids)
        parts.push_back("uid " + std::to_string(uid));
    for (const auto &name : m_groupNames)
        parts.push_back("members of the group " + name);
    std::string text;
    for (size_t i = 0; i < parts.size(); ++i)
        text += (i == 0 ? "" : i + 1 == parts.size() ? " and " : ", ") + parts[i];
    return text;
}
