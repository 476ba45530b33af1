package org.tlscodec.vectors.tls.record;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import org.junit.jupiter.api.Test;
import org.tlscodec.codec.Bytes;
import org.tlscodec.codec.CodecError;
import org.tlscodec.tls.record.HandshakeReassembly;
import org.tlscodec.tls.record.RawHandshake;
import org.tlscodec.tls.record.ReassembledHandshake;
import org.tlscodec.tls.record.RecordStream;
import org.tlscodec.tls.record.StreamRecord;
import org.tlscodec.vectors.gen.Gen;
import org.tlscodec.vectors.gen.Property;

/** Properties of splitting streams and reassembling handshake messages, over generated inputs. */
class RecordPropertiesTest {

    @Test
    void splittingGeneratedRecordsGivesThemBackWithTheirOffsets() {
        Property.named("split(join(records)) == records").cases(1000).check(
                Gen.oneOf(RecordStreamGen.tlsStream(), RecordStreamGen.sslv2Stream()),
                records -> {
                    Bytes stream = RecordStreamGen.bytesOf(records);
                    RecordStream s = RecordStream.split(stream);
                    assertThat(s.isComplete()).isTrue();
                    assertThat(s.records()).isEqualTo(records);
                    assertThat(s.join().get()).isEqualTo(stream);
                });
    }

    @Test
    void aCutStreamKeepsEveryCompleteRecordAndTheTail() {
        Property.named("a cut stream loses nothing").cases(1000).check(
                Gen.oneOf(RecordStreamGen.tlsStream(), RecordStreamGen.sslv2Stream())
                        .flatMap(rs -> Gen.ints(0, RecordStreamGen.bytesOf(rs).size()).map(cut -> io.vavr.Tuple.of(rs, cut))),
                t -> {
                    Vector<StreamRecord> records = t._1;
                    int cut = t._2;
                    Bytes stream = RecordStreamGen.bytesOf(records).take(cut);
                    RecordStream s = RecordStream.split(stream);
                    Vector<StreamRecord> complete = records.filter(r -> r.end() <= cut);
                    assertThat(s.records()).isEqualTo(complete);
                    int boundary = complete.isEmpty() ? 0 : complete.last().end();
                    assertThat(s.leftover()).isEqualTo(stream.drop(boundary));
                    if (boundary < cut) {
                        assertThat(s.error().get()).isInstanceOf(CodecError.Truncated.class);
                        assertThat(s.endsMidRecord()).isTrue();
                    } else {
                        assertThat(s.isComplete()).isTrue();
                    }
                    assertThat(s.join().get()).isEqualTo(stream);
                });
    }

    @Test
    void reassemblyGivesBackTheMessagesWhateverTheRecordBoundaries() {
        Property.named("reassemble(fragments) == messages").cases(1000).check(FragmentedHandshakes.any(), f -> {
            HandshakeReassembly r = HandshakeReassembly.reassemble(f.fragments());
            assertThat(r.isComplete()).isTrue();
            assertThat(r.rawMessages()).isEqualTo(f.messages());
            assertThat(r.messages().map(ReassembledHandshake::bytes).fold(Bytes.empty(), Bytes::concat)).isEqualTo(f.stream());
            // Each message's records are where its bytes are.
            int at = 0;
            for (ReassembledHandshake m : r.messages()) {
                assertThat(m.firstRecord()).isEqualTo(recordAt(f.fragments(), at));
                assertThat(m.lastRecord()).isEqualTo(recordAt(f.fragments(), at + m.bytes().size() - 1));
                at += m.bytes().size();
            }
        });
    }

    @Test
    void aReassemblyCutShortKeepsTheCompleteMessagesAndTheRest() {
        Property.named("reassembly of a prefix").cases(1000).check(
                FragmentedHandshakes.any().flatMap(f -> Gen.ints(0, f.stream().size()).map(cut -> io.vavr.Tuple.of(f, cut))),
                t -> {
                    FragmentedHandshakes f = t._1;
                    int cut = t._2;
                    Vector<Bytes> fragments = prefix(f.fragments(), cut);
                    HandshakeReassembly r = HandshakeReassembly.reassemble(fragments);
                    Vector<RawHandshake> complete = Vector.empty();
                    int end = 0;
                    for (RawHandshake m : f.messages()) {
                        if (end + m.wireLength() > cut) {
                            break;
                        }
                        complete = complete.append(m);
                        end += m.wireLength();
                    }
                    assertThat(r.rawMessages()).isEqualTo(complete);
                    assertThat(r.leftover()).isEqualTo(f.stream().slice(end, cut));
                    assertThat(r.error().isDefined()).isEqualTo(end < cut);
                    r.error().forEach(e -> assertThat(e).isInstanceOf(CodecError.Truncated.class));
                });
    }

    private static int recordAt(Vector<Bytes> fragments, int at) {
        int end = 0;
        for (int i = 0; i < fragments.size(); i++) {
            end += fragments.get(i).size();
            if (at < end) {
                return i;
            }
        }
        throw new AssertionError("offset " + at + " past the fragments");
    }

    private static Vector<Bytes> prefix(Vector<Bytes> fragments, int cut) {
        Vector<Bytes> out = Vector.empty();
        int left = cut;
        for (Bytes b : fragments) {
            if (left <= 0) {
                break;
            }
            out = out.append(b.take(Math.min(left, b.size())));
            left -= b.size();
        }
        return out;
    }
}
