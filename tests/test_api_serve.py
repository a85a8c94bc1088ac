"""Several workers share one listening socket that says it is TCP, so that asyncio in each worker
sets TCP_NODELAY on the connections it accepts (otherwise each response waits ~40 ms on Nagle)."""
from __future__ import annotations

import pickle
import socket
from multiprocessing.reduction import ForkingPickler

from api.local import free_port
from api.serve import TcpConfig


def test_the_shared_socket_reaches_workers_as_tcp() -> None:
    config = TcpConfig("api.app:create_app", factory=True, host="127.0.0.1", port=free_port(), workers=2)
    sock = config.bind_socket()
    try:
        assert sock.proto == socket.IPPROTO_TCP
        # what a worker process receives: the socket pickled the way multiprocessing sends it
        copy = pickle.loads(ForkingPickler.dumps(sock))
        try:
            assert copy.proto == socket.IPPROTO_TCP and copy.getsockname() == sock.getsockname()
        finally:
            copy.close()
        pickle.loads(ForkingPickler.dumps(config))  # the config itself travels to the workers
    finally:
        sock.close()
