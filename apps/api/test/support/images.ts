import sharp from 'sharp';

/** A real JPEG carrying EXIF, including GPS coordinates, as phones write them. */
export function jpegWithGps(width = 1200, height = 900): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 120, b: 40 } } })
    .jpeg()
    .withExif({
      IFD0: { Copyright: 'Someone', Make: 'PhoneMaker' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '48/1 50/1 11/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '2/1 20/1 7/1',
      },
    })
    .toBuffer();
}

export function png(width = 300, height = 300): Promise<Buffer> {
  return sharp({
    create: { width, height, channels: 4, background: { r: 10, g: 200, b: 90, alpha: 1 } },
  })
    .png()
    .toBuffer();
}
