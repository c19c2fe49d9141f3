using System.Text;

namespace GhostHands.Execution.Forms.Meaning;

/// <summary>
/// Where a weight tensor's raw bytes lie inside a serialised ONNX model, read straight from the protobuf wire format
/// (ModelProto.graph = 7, GraphProto.initializer = 5; TensorProto dims = 1, data_type = 2, name = 8, raw_data = 9),
/// so that the bytes can be used in place instead of copied.
/// </summary>
internal static class OnnxInitializers
{
    public const int FloatType = 1;

    public readonly record struct Location(long[] Dims, int DataType, long Offset, long Length);

    private const int VarintWire = 0;
    private const int Fixed64Wire = 1;
    private const int BytesWire = 2;
    private const int Fixed32Wire = 5;

    /// <summary>The initializer named <paramref name="name"/> whose data is stored as raw bytes, or null.</summary>
    public static Location? Find(ReadOnlySpan<byte> model, string name)
    {
        var position = 0L;
        while (position < model.Length)
        {
            var (field, wire) = Key(model, ref position);
            if (field == 7 && wire == BytesWire)
            {
                var length = (long)Varint(model, ref position);
                return FindInGraph(model.Slice((int)position, (int)length), name) is { } found
                    ? found with { Offset = found.Offset + position }
                    : null;
            }

            Skip(model, ref position, wire);
        }

        return null;
    }

    private static Location? FindInGraph(ReadOnlySpan<byte> graph, string name)
    {
        var wanted = Encoding.UTF8.GetBytes(name);
        var position = 0L;
        while (position < graph.Length)
        {
            var (field, wire) = Key(graph, ref position);
            if (field == 5 && wire == BytesWire)
            {
                var length = (long)Varint(graph, ref position);
                if (ReadTensor(graph.Slice((int)position, (int)length), wanted) is { } found)
                {
                    return found with { Offset = found.Offset + position };
                }

                position += length;
                continue;
            }

            Skip(graph, ref position, wire);
        }

        return null;
    }

    private static Location? ReadTensor(ReadOnlySpan<byte> tensor, byte[] wanted)
    {
        var dims = new List<long>();
        var (dataType, offset, length, named) = (0, -1L, 0L, false);
        var position = 0L;
        while (position < tensor.Length)
        {
            var (field, wire) = Key(tensor, ref position);
            switch (field, wire)
            {
                case (1, VarintWire):
                    dims.Add((long)Varint(tensor, ref position));
                    break;
                case (1, BytesWire):
                    var end = (long)Varint(tensor, ref position) + position;
                    while (position < end)
                    {
                        dims.Add((long)Varint(tensor, ref position));
                    }

                    break;
                case (2, VarintWire):
                    dataType = (int)Varint(tensor, ref position);
                    break;
                case (8, BytesWire):
                    var nameLength = (long)Varint(tensor, ref position);
                    named = tensor.Slice((int)position, (int)nameLength).SequenceEqual(wanted);
                    position += nameLength;
                    break;
                case (9, BytesWire):
                    length = (long)Varint(tensor, ref position);
                    offset = position;
                    position += length;
                    break;
                default:
                    Skip(tensor, ref position, wire);
                    break;
            }
        }

        return named && offset >= 0 ? new Location([.. dims], dataType, offset, length) : null;
    }

    private static (int Field, int Wire) Key(ReadOnlySpan<byte> bytes, ref long position)
    {
        var key = Varint(bytes, ref position);
        return ((int)(key >> 3), (int)(key & 7));
    }

    private static ulong Varint(ReadOnlySpan<byte> bytes, ref long position)
    {
        var value = 0UL;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var b = bytes[(int)position++];
            value |= (ulong)(b & 0x7f) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new InvalidDataException("The ONNX model holds a malformed varint.");
    }

    private static void Skip(ReadOnlySpan<byte> bytes, ref long position, int wire)
    {
        switch (wire)
        {
            case VarintWire:
                Varint(bytes, ref position);
                break;
            case Fixed64Wire:
                position += 8;
                break;
            case Fixed32Wire:
                position += 4;
                break;
            case BytesWire:
                var length = (long)Varint(bytes, ref position);
                position += length;
                break;
            default:
                throw new InvalidDataException($"The ONNX model holds an unsupported protobuf wire type {wire}.");
        }
    }
}
