package io.mediawire.host.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Reading wrk's summary: the figures the HTTP benchmark's table is made of. */
class WrkTest {
    static final String OUTPUT = """
            Running 1s test @ http://127.0.0.1:18977/x
              1 threads and 2 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency     2.22ms    3.89ms  42.27ms   94.42%
                Req/Sec     1.33k   532.53     2.05k    60.00%
              Latency Distribution
                 50%    1.03ms
                 75%    2.22ms
                 90%    4.44ms
                 99%  P99
              1325 requests in 1.00s, 261.38KB read
            ERRORSRequests/sec:   1318.78
            Transfer/sec:    260.15KB
            """;

    static String output(String p99, String errors) {
        return OUTPUT.replace("P99", p99).replace("ERRORS", errors);
    }

    @Test
    void readsRateP99AndRequestsInEveryUnit() {
        Wrk.Result ms = Wrk.parse(output(" 24.07ms", ""));
        assertEquals(1318.78, ms.requestsPerSecond(), 1e-9);
        assertEquals(24.07, ms.p99Ms(), 1e-9);
        assertEquals(1325, ms.requests());
        assertEquals("", ms.problems());
        assertEquals(0.98, Wrk.parse(output("980.00us", "")).p99Ms(), 1e-9);
        assertEquals(1200, Wrk.parse(output("   1.20s", "")).p99Ms(), 1e-9);
    }

    @Test
    void reportsErrorsAndRefusesOutputWithoutFigures() {
        Wrk.Result failing = Wrk.parse(output(" 24.07ms",
                "  Socket errors: connect 0, read 3, write 0, timeout 0\n  Non-2xx or 3xx responses: 12\n"));
        assertEquals("Socket errors: connect 0, read 3, write 0, timeout 0; Non-2xx or 3xx responses: 12", failing.problems());
        assertThrows(IllegalStateException.class, () -> Wrk.parse("unable to connect to 127.0.0.1:1 Connection refused"));
    }
}
