import { describe, expect, it } from 'vitest';
import { resolveUnit } from './resolve-unit.js';

describe('resolveUnit', () => {
  it.each([
    // A committee and its organization are one unit.
    ['Huyện ủy Di Linh', '68', '68-679', 'Đảng bộ huyện Di Linh', 'district'],
    ['Đảng bộ huyện Di Linh', '68', '68-679', 'Đảng bộ huyện Di Linh', 'district'],
    ['ĐẢNG BỘ HUYỆN DI LINH', null, '68-679', 'Đảng bộ huyện Di Linh', 'district'],
    ['Huyện uỷ Đơn Dương', null, '68-677', 'Đảng bộ huyện Đơn Dương', 'district'],
    // The province's committee, named or the document's own.
    ['Tỉnh ủy Lâm Đồng', null, '68', 'Đảng bộ tỉnh Lâm Đồng', 'province'],
    ['Tỉnh ủy', '84', '84', 'Đảng bộ tỉnh Trà Vinh', 'province'],
    ['Đảng bộ TPHCM', null, '79', 'Đảng bộ thành phố Hồ Chí Minh', 'province'],
    ['Thành ủy TP.HCM', null, '79', 'Đảng bộ thành phố Hồ Chí Minh', 'province'],
    ['Thành ủy', '48', '48', 'Đảng bộ thành phố Đà Nẵng', 'province'],
    ['Thành ủy Đà Nẵng Trương Văn Tám', null, '48', 'Đảng bộ thành phố Đà Nẵng', 'province'],
    // A district-level city or town, with its kind; the document's province picks among districts of one name.
    ['TP. Bến Tre', '83', '83-829', 'Đảng bộ thành phố Bến Tre', 'district'],
    ['Đảng bộ T.X Phổ Yên', '19', '19-172', 'Đảng bộ thành phố Phổ Yên', 'district'],
    ['Đảng bộ huyện Châu Thành', '83', '83-831', 'Đảng bộ huyện Châu Thành', 'district'],
    ['Ba Tri', '83', '83-836', 'Đảng bộ huyện Ba Tri', 'district'],
    ['Quận ủy Lê Chân', null, '31-305', 'Đảng bộ quận Lê Chân', 'district'],
    ['Thị ủy Kỳ Anh', '42', '42-449', 'Đảng bộ thị xã Kỳ Anh', 'district'],
    // Khối, armed units, agencies and enterprises: a slug under their province, or under the centre.
    ['Đảng ủy Khối các cơ quan tỉnh', '68', '68-khoi-cac-co-quan', 'Đảng bộ Khối các cơ quan tỉnh Lâm Đồng', 'bloc'],
    [
      'Đảng ủy Khối Các cơ quan tỉnh Lâm Đồng',
      null,
      '68-khoi-cac-co-quan',
      'Đảng bộ Khối các cơ quan tỉnh Lâm Đồng',
      'bloc',
    ],
    [
      'Đảng bộ Khối Cơ quan-Doanh nghiệp tỉnh',
      '84',
      '84-khoi-cac-co-quan-va-doanh-nghiep',
      'Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh Trà Vinh',
      'bloc',
    ],
    ['Đảng ủy Khối DNTW', null, 'tw-khoi-doanh-nghiep', 'Đảng bộ Khối doanh nghiệp Trung ương', 'bloc'],
    ['Đảng bộ Công an tỉnh', '68', '68-cong-an', 'Đảng bộ Công an tỉnh Lâm Đồng', 'armed'],
    ['Đảng ủy Quân sự Trung ương', null, 'tw-quan-su', 'Đảng bộ Quân sự Trung ương', 'armed'],
    ['Đảng bộ cơ quan Bộ Ngoại giao', null, 'tw-co-quan-bo-ngoai-giao', 'Đảng bộ cơ quan Bộ Ngoại giao', 'agency'],
    ['Đảng bộ Sở Y tế', '68', '68-so-y-te', 'Đảng bộ Sở Y tế tỉnh Lâm Đồng', 'agency'],
    ['Đảng bộ Công ty Cấp nước', '68', '68-cong-ty-cap-nuoc', 'Đảng bộ Công ty Cấp nước tỉnh Lâm Đồng', 'enterprise'],
    // A commune under its province; with its district when two communes of the province share its name.
    ['Đảng ủy xã Gia Hiệp', '68', '68-xa-gia-hiep', 'Đảng bộ xã Gia Hiệp', 'commune'],
    [
      'Đảng ủy phường Quang Trung quận Hà Đông',
      '01',
      '01-268-phuong-quang-trung',
      'Đảng bộ phường Quang Trung',
      'commune',
    ],
  ])('%s (%s) → %s', (name, provinceCode, unitId, unit, unitLevel) => {
    expect(resolveUnit(name, { provinceCode, asOf: '2020-01-01' })).toEqual({ unitId, unit, unitLevel });
  });

  it('names the province as of the document’s time', () => {
    expect(resolveUnit('Tỉnh ủy', { provinceCode: '46', asOf: '2019-05-01' })?.unit).toBe(
      'Đảng bộ tỉnh Thừa Thiên Huế',
    );
  });

  it.each([
    // A district name of several provinces with no province to choose by: never guessed.
    ['Đảng bộ huyện Châu Thành', null],
    ['Huyện ủy An Lão', null],
    // Châu Thành is not in Lâm Đồng, and it is in ten other provinces.
    ['Huyện ủy Châu Thành', '68'],
    // A committee without its place: which district, which city?
    ['Huyện ủy', '68'],
    ['Thành ủy', '68'],
    ['Đảng bộ Thành phố', '22'],
    ['Đảng bộ', '68'],
    // Kỳ Anh is a huyện and a thị xã of Hà Tĩnh: a bare name cannot tell which.
    ['Kỳ Anh', '42'],
    // A Khối or a police unit without a province.
    ['Đảng ủy Khối các cơ quan tỉnh', null],
    ['Đảng bộ Công an tỉnh', null],
    // A name the register does not have after "tỉnh".
    ['Tỉnh ủy Thừa Thiên', null],
    // Two phường Quang Trung in Hà Nội, and no district to tell them apart.
    ['Đảng ủy phường Quang Trung', '01'],
  ])('%s (%s) → null', (name, provinceCode) => {
    expect(resolveUnit(name, { provinceCode })).toBeNull();
  });
});
