#pragma once

#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

// Who may use the helper: root, the helper's own uid, uids given with --allow-uid, and members
// of groups given with --allow-group. Checked on each connection with the kernel's record of
// the peer's credentials at connect() time (SO_PEERCRED, SO_PEERGROUPS), which it cannot forge.
class PeerPolicy {
public:
    // Who a connected client is, as the kernel recorded it at connect().
    struct Peer {
        uid_t uid = 0;
        gid_t gid = 0;
        std::vector<gid_t> groups; // supplementary
    };
    // Nothing if the kernel cannot say.
    static std::optional<Peer> peerOf(int socket);

    void allowUid(uid_t uid) { m_uids.push_back(uid); }
    // A group name of /etc/group, or a numeric gid; false with a sentence if there is no such
    // name.
    bool allowGroup(const std::string &group, std::string *error);
    // The gid of a group named in a group file; none if it is not there.
    static std::optional<gid_t> groupFromFile(const std::string &name,
                                              const std::string &path = "/etc/group");

    bool allowsOthers() const { return !m_uids.empty() || !m_gids.empty(); }
    // The first allowed group, which a socket the helper makes itself is given; -1 if none.
    gid_t socketGroup() const { return m_gids.empty() ? gid_t(-1) : m_gids.front(); }

    // Whether the peer of a connected UNIX socket may be served; if not, why, in a sentence
    // for the client.
    bool allows(int socket, std::string *refusal) const;

private:
    bool inAllowedGroup(int socket, gid_t gid) const;
    static std::optional<std::vector<gid_t>> peerGroups(int socket);
    std::string whoIsServed() const;

    std::vector<uid_t> m_uids;
    std::vector<gid_t> m_gids;
    std::vector<std::string> m_groupNames; // as given, for messages
};
