package org.tlscodec.examples.kotlin

import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.Test
import org.tlscodec.codec.Bytes
import org.tlscodec.session.dissect.Dissect
import org.tlscodec.session.dissect.DissectError
import org.tlscodec.session.dissect.DissectSecrets
import org.tlscodec.session.record.RecordContent
import org.tlscodec.session.state.ConnectionEnd
import org.tlscodec.vectors.data.Captures

/*
 * The capture dissector from Kotlin (issue 5, "Library API"), compiled with JSpecify in strict mode
 * and -Werror: a pcap and its key log in, each connection's summary and decrypted application data
 * out as values; a cut file's error is a value too. The Java version is DissectExample.
 */

/** What the client of each connection sent first, as text, by connection number. */
fun firstRequests(pcap: Bytes, keyLog: String): Map<Int, String> =
    Dissect.capture(pcap, DissectSecrets.keyLog(keyLog)).connections()
        .associate { c ->
            c.number() to c.records()
                .filter { it.sender() == ConnectionEnd.CLIENT }
                .flatMap { it.contents() }
                .filterIsInstance<RecordContent.ApplicationData>()
                .firstOrNull()
                ?.let { String(it.data().toArray(), Charsets.US_ASCII).substringBefore("\r\n") }
                .orEmpty()
        }

class DissectKotlinExampleTest {
    private val case = "tls12_ticket_resumption"
    private val pcap: Bytes = Captures.pcap(case).get()
    private val keyLog: String = Captures.keyLog(case).get()

    @Test
    fun `a pcap and its key log give each connection decrypted, the second one resumed`() {
        val dissection = Dissect.capture(pcap, DissectSecrets.keyLog(keyLog))

        assertThat(dissection.clean()).isTrue()
        val summaries = dissection.connections().map { it.summary() }
        assertThat(summaries.map { it.cipherSuite().map { s -> s.display() }.getOrElse("none") })
            .containsExactly("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256")
        assertThat(summaries.map { it.resumed() }).containsExactly(false, true)
        assertThat(summaries.map { it.decrypted() }).containsExactly(true, true)
        assertThat(firstRequests(pcap, keyLog)).containsExactlyEntriesOf(
            mapOf(0 to "GET /tls12_ticket_resumption/0 HTTP/1.1", 1 to "GET /tls12_ticket_resumption/1 HTTP/1.1"),
        )
    }

    @Test
    fun `a cut file gives its error as a value beside the records read before the cut`() {
        val cut = Dissect.capture(pcap.take(pcap.size() / 2), DissectSecrets.keyLog(keyLog))

        val errors: List<DissectError> = cut.errors().toJavaList()
        assertThat(errors).singleElement().isInstanceOf(DissectError.CaptureFile::class.java)
        assertThat(errors.single().message()).startsWith("file cut at offset ")
        assertThat(cut.connections().head().records().size()).isPositive()
    }
}
