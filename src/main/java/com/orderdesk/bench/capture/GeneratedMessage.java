package com.orderdesk.bench.capture;

import java.util.List;

/** One generated message file and the right answers for what it holds. */
record GeneratedMessage(String fileName, byte[] bytes, List<Expected> expected) {
}
