export default defineAppConfig({
  pages: [
    'pages/landing/index',
    'pages/bargain/index',
    'pages/assist/index',
    'pages/group/index',
    'pages/packet/index',
    'pages/fcode/index',
    'pages/circle/index',
    'pages/circle-post/index',
    'pages/invites/index',
    'pages/coupons/index',
    'pages/stats/index',
  ],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: 'Fission',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f5f5f5',
  },
});
