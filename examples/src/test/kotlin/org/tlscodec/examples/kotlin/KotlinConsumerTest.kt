package org.tlscodec.examples.kotlin

import io.vavr.collection.Vector
import io.vavr.control.Option
import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.Test
import org.tlscodec.codec.Bytes
import org.tlscodec.codec.Codec
import org.tlscodec.codec.CodecError
import org.tlscodec.codec.Codecs.field
import org.tlscodec.codec.Codecs.opaque8
import org.tlscodec.codec.Codecs.optional
import org.tlscodec.codec.Codecs.select
import org.tlscodec.codec.Codecs.struct
import org.tlscodec.codec.Codecs.uint16
import org.tlscodec.codec.Codecs.uint32
import org.tlscodec.codec.Codecs.uint8
import org.tlscodec.codec.Codecs.vector

/*
 * A Kotlin consumer of the codec API, compiled with JSpecify in strict mode and -Werror: if the
 * API's nullness or generics stop reading well from Kotlin, this file stops compiling.
 *
 *   struct { uint16 key; opaque value<0..2^8-1>; } Entry;
 *   struct { uint8 version; Entry entries<0..2^16-1>; opaque note<0..2^8-1>; /* optional */ } Table;
 *   struct { uint8 tag; uint16 length; select (tag) { case ping(1): uint32 nonce; } body; } Message;
 */

data class Entry(val key: Int, val value: Bytes)

data class Table(val version: Int, val entries: Vector<Entry>, val note: Option<Bytes>)

sealed interface Message {
    val tag: Int
}

data class Ping(val nonce: Long) : Message {
    override val tag: Int get() = PING
}

data class UnknownMessage(override val tag: Int, val body: Bytes) : Message

const val PING = 1

val ENTRY: Codec<Entry> = struct(
    field("key", uint16(), Entry::key),
    field("value", opaque8(), Entry::value),
    ::Entry,
)

val TABLE: Codec<Table> = struct(
    field("version", uint8(), Table::version),
    field("entries", vector(2, ENTRY, 0, 0xffff), Table::entries),
    field("note", optional(opaque8()), Table::note),
    ::Table,
)

val MESSAGE: Codec<Message> = select(uint8(), Message::tag)
    .framed(2)
    .caseOf(PING, "ping", Ping::class.java, struct(field("nonce", uint32(), Ping::nonce), ::Ping))
    .otherwise(UnknownMessage::class.java, ::UnknownMessage, UnknownMessage::body)

class KotlinConsumerTest {

    private val table = Table(
        version = 1,
        entries = Vector.of(Entry(0x0001, Bytes.utf8("a")), Entry(0x0002, Bytes.utf8("bc"))),
        note = Option.some(Bytes.utf8("hi")),
    )

    @Test
    fun `a data class round trips through encode and decode`() {
        val bytes = TABLE.encode(table).get()

        assertThat(bytes.hex()).isEqualTo("01" + "0009" + "0001" + "0161" + "0002" + "026263" + "026869")
        assertThat(TABLE.decode(bytes).get()).isEqualTo(table)
    }

    @Test
    fun `an absent optional field is None and writes nothing`() {
        val noNote = table.copy(note = Option.none())
        val bytes = TABLE.encode(noNote).get()

        assertThat(bytes.size()).isEqualTo(TABLE.encode(table).get().size() - 3)
        val decoded: Table = TABLE.decode(bytes).get()
        assertThat(decoded.note.isEmpty).isTrue()
        assertThat(decoded).isEqualTo(noNote)
    }

    @Test
    fun `a value too long for its field fails to encode with the field's path`() {
        val tooLong = table.copy(entries = Vector.of(Entry(7, Bytes.zeros(256))))

        val error: CodecError = TABLE.encode(tooLong).left

        assertThat(error).isInstanceOf(CodecError.LengthOutOfRange::class.java)
        assertThat(error.path().toString()).isEqualTo("entries[0].value")
    }

    @Test
    fun `a malformed element is reported with its path and offset`() {
        // entries<8 bytes>: [0] key 0x0001, value "a"; [1] key 0x0002, value length 5 with 1 byte left.
        val malformed = Bytes.fromHex("01" + "0008" + "0001" + "0161" + "0002" + "05" + "62")

        val error: CodecError = TABLE.decode(malformed).left

        assertThat(error).isInstanceOf(CodecError.Overrun::class.java)
        assertThat(error.path().toString()).isEqualTo("entries[1].value")
        assertThat(error.offset()).isEqualTo(10)
        assertThat(error.needsMoreInput()).isFalse()
        assertThat(error.describe()).startsWith("entries[1].value @10: ").contains("needed 5 bytes")
    }

    @Test
    fun `input that ends early is Truncated, which more bytes could mend`() {
        val whole = TABLE.encode(table).get()

        val error: CodecError = TABLE.decode(whole.take(4)).left

        assertThat(error).isInstanceOf(CodecError.Truncated::class.java)
        assertThat(error.path().toString()).isEqualTo("entries")
        assertThat(error.needsMoreInput()).isTrue()
    }

    @Test
    fun `a select decodes its known case and keeps an unknown tag byte for byte`() {
        val ping = Bytes.fromHex("01" + "0004" + "0000002a")
        val unknown = Bytes.fromHex("09" + "0003" + "abcdef")

        assertThat(MESSAGE.decode(ping).get()).isEqualTo(Ping(42))
        val kept: Message = MESSAGE.decode(unknown).get()
        assertThat(kept).isEqualTo(UnknownMessage(9, Bytes.fromHex("abcdef")))
        assertThat(MESSAGE.encode(kept).get()).isEqualTo(unknown)
        assertThat(MESSAGE.encode(Ping(42)).get()).isEqualTo(ping)
    }

    @Test
    fun `a known tag with a malformed body is an error under the case's name, never unknown`() {
        val shortPing = Bytes.fromHex("01" + "0002" + "0000")

        val error: CodecError = MESSAGE.decode(shortPing).left

        assertThat(error.path().toString()).isEqualTo("ping.nonce")
        assertThat(error.offset()).isEqualTo(3)
    }

    @Test
    fun `decodePrefix answers the value and the bytes after it`() {
        val two = MESSAGE.encode(Ping(1)).get().concat(MESSAGE.encode(UnknownMessage(200, Bytes.empty())).get())

        val first = MESSAGE.decodePrefix(two).get()

        assertThat(first.value()).isEqualTo(Ping(1))
        assertThat(MESSAGE.decode(first.remainder()).get()).isEqualTo(UnknownMessage(200, Bytes.empty()))
        assertThat(first.remainder()[0]).isEqualTo(200)
    }
}
