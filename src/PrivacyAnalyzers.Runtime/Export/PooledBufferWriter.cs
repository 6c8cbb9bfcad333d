using System;
using System.Buffers;
using System.IO;

namespace PrivacyAnalyzers.Export;

/// <summary>A buffer rented from <see cref="ArrayPool{T}"/> that <see cref="System.Text.Json.Utf8JsonWriter"/> writes into and that is copied to the stream on flush.</summary>
internal sealed class PooledBufferWriter : IBufferWriter<byte>, IDisposable
{
    private const int MinimumSize = 4096;

    private readonly Stream _stream;
    private byte[] _buffer;
    private int _written;

    public PooledBufferWriter(Stream stream)
    {
        _stream = stream;
        _buffer = ArrayPool<byte>.Shared.Rent(MinimumSize);
    }

    public void Advance(int count) => _written += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsMemory(_written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsSpan(_written);
    }

    /// <summary>Writes what is buffered to the stream.</summary>
    public void FlushToStream()
    {
        if (_written > 0)
        {
            _stream.Write(_buffer, 0, _written);
            _written = 0;
        }

        _stream.Flush();
    }

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = Array.Empty<byte>();
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void Ensure(int sizeHint)
    {
        if (_buffer.Length == 0)
        {
            throw new ObjectDisposedException(nameof(PooledBufferWriter));
        }

        sizeHint = Math.Max(sizeHint, 1);
        if (_buffer.Length - _written >= sizeHint)
        {
            return;
        }

        // Hand full buffers to the stream rather than growing without bound: exports stream.
        if (_written > 0)
        {
            _stream.Write(_buffer, 0, _written);
            _written = 0;
        }

        if (_buffer.Length < sizeHint)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = ArrayPool<byte>.Shared.Rent(sizeHint);
        }
    }
}
