#include "RemoteServer.h"

bool RemoteServer::isValid() const
{
    const QString scheme = url.scheme();
    return !name.trimmed().isEmpty() && url.isValid() && !url.host().isEmpty() &&
           (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}
