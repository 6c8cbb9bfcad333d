using System.IO;
using System.IO.Compression;

namespace PrivacyAnalyzers.Tool.Tests.Browser;

/// <summary>
/// Just enough of a PNG decoder to read Chromium's screenshots: 8-bit RGB or RGBA, not interlaced, the five filters.
/// Anything else is an error naming what was found.
/// </summary>
internal sealed class Png
{
    private static readonly byte[] Signature = { 137, 80, 78, 71, 13, 10, 26, 10 };

    private readonly byte[] _pixels;
    private readonly int _channels;

    private Png(int width, int height, int channels, byte[] pixels)
    {
        Width = width;
        Height = height;
        _channels = channels;
        _pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    public (byte R, byte G, byte B) this[int x, int y]
    {
        get
        {
            var i = ((y * Width) + x) * _channels;
            return (_pixels[i], _pixels[i + 1], _pixels[i + 2]);
        }
    }

    public static Png Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 8 || !bytes.AsSpan(0, 8).SequenceEqual(Signature))
        {
            throw new InvalidDataException(path + " is not a PNG file.");
        }

        int width = 0, height = 0, channels = 0;
        using var idat = new MemoryStream();
        var position = 8;
        while (position + 8 <= bytes.Length)
        {
            var length = BigEndian(bytes, position);
            var type = System.Text.Encoding.ASCII.GetString(bytes, position + 4, 4);
            var data = position + 8;
            switch (type)
            {
                case "IHDR":
                    width = BigEndian(bytes, data);
                    height = BigEndian(bytes, data + 4);
                    int depth = bytes[data + 8], color = bytes[data + 9], interlace = bytes[data + 12];
                    if (depth != 8 || (color != 2 && color != 6) || interlace != 0)
                    {
                        throw new InvalidDataException($"{path}: bit depth {depth}, colour type {color}, interlace {interlace}; only 8-bit RGB/RGBA without interlace is read.");
                    }

                    channels = color == 6 ? 4 : 3;
                    break;
                case "IDAT":
                    idat.Write(bytes, data, length);
                    break;
            }

            if (type == "IEND")
            {
                break;
            }

            position = data + length + 4;
        }

        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(idat, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        var raw = inflated.ToArray();
        var stride = width * channels;
        if (raw.Length != height * (stride + 1))
        {
            throw new InvalidDataException($"{path}: {raw.Length} bytes of image data for {width}x{height}x{channels}.");
        }

        var pixels = new byte[height * stride];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var source = (y * (stride + 1)) + 1;
            var row = y * stride;
            for (var i = 0; i < stride; i++)
            {
                int left = i >= channels ? pixels[row + i - channels] : 0;
                int up = y > 0 ? pixels[row - stride + i] : 0;
                int upLeft = y > 0 && i >= channels ? pixels[row - stride + i - channels] : 0;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"{path}: unknown filter {filter} in row {y}."),
                };
                pixels[row + i] = unchecked((byte)(raw[source + i] + predictor));
            }
        }

        return new Png(width, height, channels, pixels);
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static int BigEndian(byte[] bytes, int offset) =>
        (bytes[offset] << 24) | (bytes[offset + 1] << 16) | (bytes[offset + 2] << 8) | bytes[offset + 3];
}
